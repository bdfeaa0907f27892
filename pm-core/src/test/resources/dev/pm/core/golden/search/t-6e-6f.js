pmSearch.shard("6e-6f",{"no":[0,2],"node":[1,1],"not":[0,1,2,17]});
