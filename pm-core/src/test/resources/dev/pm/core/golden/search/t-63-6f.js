pmSearch.shard("63-6f",{"configuration":[0,15],"connections":[0,1],"contributing":[0,1],"could":[0,1,2,17]});
