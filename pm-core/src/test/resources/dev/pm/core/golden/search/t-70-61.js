pmSearch.shard("70-61",{"pay":[0,1],"paying":[1,1],"payments":[0,4,1,28]});
